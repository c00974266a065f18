// The name of the independent review organization as it appears on letters.
export function organizationName(): string {
  return process.env.IMR_ORGANIZATION_NAME?.trim() || "California IMR Services";
}
