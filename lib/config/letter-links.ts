// Which web addresses a determination letter may show: the hosts of the guideline publishers
// it cites. QA's draft check (lib/qa/draft-flags.ts) flags a link to any other host. Set
// IMR_LETTER_URL_HOSTS (comma- or space-separated host names) to replace the default list;
// a host also allows its subdomains ("nih.gov" allows "pubmed.ncbi.nlm.nih.gov").
import { DEFAULT_ALLOWED_URL_HOSTS } from "../qa/draft-flags.ts";

export function allowedLetterUrlHosts(): readonly string[] {
  const configured =
    process.env.IMR_LETTER_URL_HOSTS?.split(/[\s,]+/)
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean) ?? [];
  return configured.length > 0 ? configured : DEFAULT_ALLOWED_URL_HOSTS;
}
