/** A tel: link for a phone number as written (0577-88001234, 138 0000 0000): digits and a leading + only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** True when a booking note is just a phone number (so it can be a tap-to-call link). */
export function isPhone(text: string): boolean {
  return /^[\d\s+\-()]+$/.test(text.trim()) && text.replace(/\D/g, '').length >= 5;
}
