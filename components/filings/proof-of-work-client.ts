// The browser's side of the proof of work (lib/filings/proof-of-work.ts): fetch a challenge
// and find a counter whose SHA-256 has enough leading zero bits, with WebCrypto, in chunks
// that yield to the page between them so typing never stutters.
export type PowSolution = { challenge: string; counter: string };

function zeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export async function solveProofOfWork(signal?: AbortSignal): Promise<PowSolution> {
  const answer = await fetch("/api/public/filings/challenge", { cache: "no-store", signal });
  if (!answer.ok) throw new Error("challenge");
  const { data } = (await answer.json()) as { data: { challenge: string; difficulty: number } };
  const encoder = new TextEncoder();
  for (let counter = 0; ; counter++) {
    if (signal?.aborted) throw new Error("aborted");
    const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(`${data.challenge}:${counter}`)));
    if (zeroBits(hash) >= data.difficulty) return { challenge: data.challenge, counter: String(counter) };
    if (counter % 2000 === 1999) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
