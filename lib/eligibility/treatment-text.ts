// Normalized texts for comparing treatments and claim numbers however they were typed:
// "MRI of the Lumbar Spine" = "mri lumbar spine"; "Physical therapy x12" = "physical therapy 12".
const FILLER = new Set(["the", "of", "a", "an", "for", "to", "and", "x", "per", "with", "on", "in"]);

export function normalizeTreatment(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\bx\s*(\d)/g, " $1")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((token) => token.length > 0 && !FILLER.has(token))
    .join(" ");
}

/** "ABC-123 456" = "abc123456". */
export function normalizeClaimNumber(claimNumber: string): string {
  return claimNumber.toUpperCase().replace(/[^A-Z0-9]/g, "");
}
