// The e-mail address an admin or the command line gives to attach or name an account: trimmed and lower-cased,
// as accounts store it, or null when it is not an address.
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

export function accountEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return EMAIL.test(email) && email.length <= 254 ? email : null;
}
