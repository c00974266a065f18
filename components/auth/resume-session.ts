"use client";
// After a password change: asks next-auth to move this browser's session token to the new
// session version, with the proof the server returned (lib/auth/session-resume.ts).
// True when this session goes on; false when the user has to sign in again.
import { getCsrfToken } from "next-auth/react";
import type { ResumeProof } from "@/lib/auth/session-resume.ts";

export async function resumeSession(resume: ResumeProof): Promise<boolean> {
  try {
    const csrfToken = await getCsrfToken();
    const response = await fetch("/api/auth/session", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ csrfToken, data: resume }),
    });
    const session = (await response.json()) as { sv?: unknown } | null;
    return response.ok && session?.sv === resume.sv;
  } catch {
    return false;
  }
}
