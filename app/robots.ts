import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/server/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = getEnv().PUBLIC_URL.replace(/\/$/, "");
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/api/"] }], sitemap: `${base}/sitemap.xml` };
}
