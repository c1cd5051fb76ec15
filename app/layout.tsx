import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/shell/site-footer";
import { ServiceWorker } from "@/components/shell/service-worker";
import { SiteHeader } from "@/components/shell/site-header";
import { ThemeScript } from "@/components/shell/theme-script";
import { ProjectorScript } from "@/components/shell/projector-script";
import { opColorCss } from "@/lib/viz/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "MobileNet Lab", template: "%s · MobileNet Lab" },
  description:
    "Learn why MobileNets are cheap by touching them: exact costs, animated blocks, and real models running in your browser.",
  icons: { icon: "/icon.svg" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1419" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
        <ProjectorScript />
        <style dangerouslySetInnerHTML={{ __html: opColorCss() }} />
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased dark:bg-[#0f1419] dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <ServiceWorker />
      </body>
    </html>
  );
}
