/** A phone number as staff write it (0717-1234567, (0717) 123 4567) as a tel: link: digits and + only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
