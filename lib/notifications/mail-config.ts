// E-mail settings from the environment. SMTP_URL names the server, e.g.
// smtp://user:pass@mail.example.org:587 (STARTTLS when offered) or smtps://...:465 (TLS);
// ?requireTLS=true or ?ignoreTLS=true adjust STARTTLS. MAIL_FROM is the sender. Without
// SMTP_URL nothing is sent: messages wait in the outbox and the operations page says so.
import { organizationName } from "../config/organization.ts";

export type SmtpOptions = {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
  requireTLS?: boolean;
  ignoreTLS?: boolean;
  connectionTimeout: number;
  greetingTimeout: number;
  socketTimeout: number;
};

export type MailConfig = { url: string; from: string; smtp: SmtpOptions };

export function mailConfig(env: Record<string, string | undefined> = process.env): MailConfig | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  const from = env.MAIL_FROM?.trim() || `"${organizationName()}" <no-reply@localhost>`;
  return { url, from, smtp: smtpOptions(url) };
}

export function smtpOptions(url: string): SmtpOptions {
  const parsed = new URL(url);
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:")
    throw new Error("SMTP_URL must start with smtp:// or smtps://");
  const secure = parsed.protocol === "smtps:";
  const flag = (name: string) =>
    parsed.searchParams.has(name) ? parsed.searchParams.get(name) !== "false" : undefined;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    ...(parsed.username
      ? { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } }
      : {}),
    ...(flag("requireTLS") !== undefined ? { requireTLS: flag("requireTLS") } : {}),
    ...(flag("ignoreTLS") !== undefined ? { ignoreTLS: flag("ignoreTLS") } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  };
}

/** The server as shown to administrators: scheme, host and port, never the credentials. */
export function describeMailServer(config: MailConfig | null): string | null {
  if (!config) return null;
  return `${config.smtp.secure ? "smtps" : "smtp"}://${config.smtp.host}:${config.smtp.port}`;
}

export type MailStatus = { configured: boolean; server: string | null; problem: string | null };

/** For the operations page: whether e-mail can go out, and if not, why. */
export function mailStatus(env: Record<string, string | undefined> = process.env): MailStatus {
  try {
    const config = mailConfig(env);
    return {
      configured: config !== null,
      server: describeMailServer(config),
      problem: config ? null : "SMTP_URL is not set.",
    };
  } catch (error) {
    return {
      configured: false,
      server: null,
      problem: error instanceof Error ? error.message : "SMTP_URL is not valid.",
    };
  }
}
