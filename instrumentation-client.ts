// Runs in the browser before the app hydrates. zod 4 compiles its parsers with
// `new Function` when the page allows it, and merely probing for that is a violation of the
// pages' Content Security Policy (no eval; proxy.ts): jitless, zod parses without compiling.
import { z } from "zod";

z.config({ jitless: true });
