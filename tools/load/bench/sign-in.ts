// Staff sign-in over HTTP as a browser does it, through next-auth's own endpoints: the CSRF
// token (with its cookie), then the credentials callback; the session cookies it sets are
// what every benchmarked request carries.

type Jar = Map<string, string>;

function keep(jar: Jar, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

const cookieHeader = (jar: Jar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** The Cookie header of a signed-in session; throws if the account cannot sign in. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar: Jar = new Map();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(jar, callback);
  const session = await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie: cookieHeader(jar) } });
  const claims = (await session.json()) as { uid?: string };
  if (!claims.uid)
    throw new Error(
      `Sign-in of ${email} failed (status ${callback.status}); was the database generated with this password?`,
    );
  return cookieHeader(jar);
}
