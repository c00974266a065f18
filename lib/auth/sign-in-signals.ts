// The one thing a refused sign-in may tell the browser: the password was right and a
// two-factor code is needed. Shared by the server (./auth-options.ts) and the form.
export const SECOND_FACTOR_REQUIRED = "SecondFactorRequired";
