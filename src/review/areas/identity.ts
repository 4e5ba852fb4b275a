/**
 * 网站标识与联系方式: what site.json must say before the site can carry the district's name — the
 * footer fields government sites show and the contacts the footer and the 无障碍声明 point to.
 * Required (the publishing gate waits for them): the site address, 主办单位, 网站标识码,
 * ICP备案号, a phone and address for 咨询 and for the accessibility statement. The rest may stay
 * empty where it does not apply (承办单位, 公安机关备案号, 办公时间, the links), and is listed
 * so staff decide.
 */
import type { SiteSettings } from '../../schemas/site.ts';
import { missingAddressWhat } from '../../site/siteAddress.ts';
import type { AreaItem, ReviewArea } from '../reviewArea.ts';

const blank = (value: string) => value.trim() === '';

/** One field of site.json: its dotted path under `site`, how to read it, whether publishing waits for it, and what staff are told. */
interface FieldRule {
  field: string;
  value: (site: SiteSettings) => string;
  /** When false the field is not asked for (e.g. a link without a number). */
  applies?: (site: SiteSettings) => boolean;
  required: boolean;
  what: string;
}

const rules: FieldRule[] = [
  {
    field: 'site.sponsor',
    value: (s) => s.sponsor,
    required: true,
    what: '未填写主办单位（页脚“主办单位”，如开办本专题的区政府部门的全称）',
  },
  {
    field: 'site.organizer',
    value: (s) => s.organizer,
    required: false,
    what: '未填写承办单位：由其他单位承办网站时填写；主办单位自行承办的，可不填',
  },
  {
    field: 'site.siteCode',
    value: (s) => s.siteCode,
    required: true,
    what: '未填写网站标识码（政府网站开办后由主管部门核发，页脚必须显示）',
  },
  {
    field: 'site.icp.number',
    value: (s) => s.icp.number,
    required: true,
    what: '未填写ICP备案号（页脚显示并链接到备案查询网站）',
  },
  {
    field: 'site.icp.url',
    value: (s) => s.icp.url,
    applies: (s) => !blank(s.icp.number),
    required: false,
    what: 'ICP备案号未设链接：页脚的备案号通常链接到工业和信息化部的备案查询网站',
  },
  {
    field: 'site.publicSecurity.number',
    value: (s) => s.publicSecurity.number,
    required: false,
    what: '未填写公安机关备案号：网站完成公安机关备案后填写',
  },
  {
    field: 'site.publicSecurity.url',
    value: (s) => s.publicSecurity.url,
    applies: (s) => !blank(s.publicSecurity.number),
    required: false,
    what: '公安机关备案号未设链接：页脚的备案号通常链接到公安机关备案平台上本站的备案信息',
  },
  {
    field: 'site.contact.phone',
    value: (s) => s.contact.phone,
    required: true,
    what: '未填写咨询电话（页脚“联系电话”，读者咨询本专题内容时拨打）',
  },
  {
    field: 'site.contact.address',
    value: (s) => s.contact.address,
    required: true,
    what: '未填写咨询联系地址（页脚“联系地址”）',
  },
  {
    field: 'site.contact.hours',
    value: (s) => s.contact.hours,
    required: false,
    what: '未填写办公时间：填写后页脚在电话旁显示，方便读者在办公时间拨打',
  },
  {
    field: 'site.accessibilityContact.phone',
    value: (s) => s.accessibilityContact.phone,
    required: true,
    what: '未填写无障碍联系电话：“关于本站”的无障碍声明请读者通过它反映无法使用之处',
  },
  {
    field: 'site.accessibilityContact.address',
    value: (s) => s.accessibilityContact.address,
    required: true,
    what: '未填写无障碍联系地址（无障碍声明中供读者来信的地址）',
  },
];

/** Whether publishing waits for the field of site.json at `field` (e.g. site.contact.phone); the footer's 待填写 follows it. */
export function identityFieldRequired(field: string): boolean {
  return field === 'site.url' || rules.some((r) => r.field === field && r.required);
}

export const identityArea: ReviewArea = {
  name: '网站标识与联系方式',
  collect(content, { siteFile, siteUrlOverride }) {
    const site = content.site;
    if (!site) {
      return [
        { file: siteFile, field: 'site', what: 'site.json 未通过内容检查（运行 npm run check:content 查看），网站标识和联系方式无法核对', required: true },
      ];
    }
    const items: AreaItem[] = [];
    // SITE_URL stands in for site.url (a staging server); without either the build is a local preview.
    if (blank(site.url) && blank(siteUrlOverride ?? '')) {
      items.push({
        file: siteFile,
        field: 'site.url',
        what: missingAddressWhat,
        required: true,
      });
    }
    for (const rule of rules) {
      if (rule.applies && !rule.applies(site)) continue;
      if (blank(rule.value(site))) items.push({ file: siteFile, field: rule.field, what: rule.what, required: rule.required });
    }
    return items;
  },
};
