/**
 * 居民指南的区内咨询联系方式: every guide topic needs the district office residents can ask
 * (office, phone, address, hours) before the site is published; the guide page opens with it.
 */
import type { ReviewArea } from '../reviewArea.ts';

export const guideContactsArea: ReviewArea = {
  name: '居民指南的区内咨询联系方式',
  collect: (content) =>
    content.guide
      .filter((g) => g.data.districtContact === undefined)
      .map((g) => ({
        file: g.file,
        field: 'districtContact',
        what: `居民指南“${g.data.title}”未填写区内咨询联系方式（办公室 office、电话 phone、地址 address、办公时间 hours）：居民想问这件事时先找谁`,
        required: true,
      })),
};
