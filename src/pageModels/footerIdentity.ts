/**
 * The footer's identity block as government sites show it (主办单位, 承办单位, 网站标识码, ICP and
 * 公安机关备案号 with their links, the contact for 咨询), and the contact the 无障碍声明 names. A
 * field staff have not filled is left out — except, in a local preview, a field publishing waits for
 * (src/review/areas/identity.ts), which shows 待填写 with the place to fill it. A publishing build
 * never shows 待填写: the gate has refused it, or (site.url set) it is no longer a preview.
 */
import type { SiteSettings } from '../schemas/site.ts';
import { identityFieldRequired } from '../review/areas/identity.ts';
import { telHref, telText } from '../site/telHref.ts';

export interface FooterField {
  label: string;
  /** The value, or 待填写 for a placeholder. */
  text: string;
  /** Where the value links (a registry, tel:, mailto:). */
  href?: string;
  /** A preview's placeholder: the field of site.json staff fill, e.g. site.sponsor. */
  placeholder?: string;
  /** The demo's invented value (site.sample): shown with 示例数据. */
  sample: boolean;
}

/** The text a placeholder shows. */
export const placeholderText = '待填写';

/** The line under a preview's identity block with placeholders: where staff fill them, and that only previews show them. */
export const placeholderNote = '本地预览：“待填写”各项在 content/site.json 中填写，发布前必须填好（npm run review）；正式网站不显示此行。';

interface Spec {
  label: string;
  field: string;
  value: string;
  href?: (value: string) => string;
  /** How the value is printed, when not as written (a phone number that must not wrap). */
  text?: (value: string) => string;
}

function fields(site: SiteSettings, preview: boolean, specs: Spec[]): FooterField[] {
  return specs.flatMap((s) => {
    const value = s.value.trim();
    if (value)
      return [{ label: s.label, text: s.text ? s.text(value) : value, ...(s.href && s.href(value) ? { href: s.href(value) } : {}), sample: site.sample }];
    if (preview && identityFieldRequired(s.field)) return [{ label: s.label, text: placeholderText, placeholder: s.field, sample: false }];
    return [];
  });
}

/** The identity block: one list per line of the footer (who runs the site, registrations, contact); empty lists left out. */
export function footerIdentity(site: SiteSettings, preview: boolean): FooterField[][] {
  return [
    fields(site, preview, [
      { label: '主办单位', field: 'site.sponsor', value: site.sponsor },
      { label: '承办单位', field: 'site.organizer', value: site.organizer },
      { label: '网站标识码', field: 'site.siteCode', value: site.siteCode },
    ]),
    fields(site, preview, [
      { label: 'ICP备案号', field: 'site.icp.number', value: site.icp.number, href: () => site.icp.url },
      { label: '公安机关备案号', field: 'site.publicSecurity.number', value: site.publicSecurity.number, href: () => site.publicSecurity.url },
    ]),
    fields(site, preview, [
      { label: '联系电话', field: 'site.contact.phone', value: site.contact.phone, href: telHref, text: telText },
      { label: '办公时间', field: 'site.contact.hours', value: site.contact.hours },
      { label: '联系地址', field: 'site.contact.address', value: site.contact.address },
      { label: '电子邮箱', field: 'site.contact.email', value: site.contact.email, href: (v) => `mailto:${v}` },
    ]),
  ].filter((line) => line.length > 0);
}

/** The contact the 无障碍声明 on /about/ names: 受理部门, phone, address, email. */
export function accessibilityContact(site: SiteSettings, preview: boolean): FooterField[] {
  const c = site.accessibilityContact;
  return fields(site, preview, [
    { label: '受理部门', field: 'site.accessibilityContact.office', value: c.office },
    { label: '电话', field: 'site.accessibilityContact.phone', value: c.phone, href: telHref, text: telText },
    { label: '地址', field: 'site.accessibilityContact.address', value: c.address },
    { label: '电子邮箱', field: 'site.accessibilityContact.email', value: c.email, href: (v) => `mailto:${v}` },
  ]);
}
