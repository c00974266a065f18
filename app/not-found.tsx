import Link from "next/link";
import { connection } from "next/server";
import { buttonClass } from "@/components/ui/button-styles.ts";

export default async function NotFound() {
  // Rendered per request, so its scripts carry the request's CSP nonce (proxy.ts).
  await connection();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className={`${buttonClass()} mt-6`}>Go to the start page</Link>
    </main>
  );
}
