/**
 * Contact details masked for those outside a lead's team, as Chinese systems show them:
 * the surname kept (张**), a mobile's first three and last four digits (138****5678).
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 3));
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(Math.max(digits.length, 3));
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
