import type { Metadata, Viewport } from "next";
import "./globals.css";
import { pageLanguage } from "@/lib/i18n/page-lang.ts";

export const metadata: Metadata = {
  title: { default: "IMR Portal", template: "%s · IMR Portal" },
  description: "Independent Medical Review case management",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // a party's pages in the party's language (lib/i18n/page-lang.ts), the rest in English
  const { lang, skip } = await pageLanguage();
  return (
    <html lang={lang}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          {skip}
        </a>
        {children}
      </body>
    </html>
  );
}
