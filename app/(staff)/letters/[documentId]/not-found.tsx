import { connection } from "next/server";

export default async function LetterNotFound() {
  // Rendered per request, so its scripts carry the request's CSP nonce (proxy.ts).
  await connection();
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold">Letter not found</h1>
      <p className="mt-2 text-slate-600">
        There is no such letter or notice, it belongs to a case whose file you cannot open, or it has no web version
        (letters issued before web versions were kept). The PDF of a letter stays available from its case.
      </p>
    </div>
  );
}
