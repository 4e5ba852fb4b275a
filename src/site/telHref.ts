/** A phone number as staff write it (0717-1234567, (0717) 123 4567) as a tel: link: digits and + only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A phone number as a link's text: hyphens and spaces that do not break, so it never wraps in two. */
export function telText(phone: string): string {
  return phone.replace(/-/g, '\u2011').replace(/ /g, '\u00a0');
}
