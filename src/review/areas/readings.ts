/**
 * 计算口径待确认: each entry of content/readings.json — how the site counts where the document is
 * silent — stays open until the responsible bureau confirms it and staff record that in its
 * `confirmation` (确认单位, 日期, 依据). Listed with the other reading staff may choose instead.
 * Not required for publishing: the site states its 口径 plainly either way.
 */
import type { ReviewArea } from '../reviewArea.ts';

export const readingsArea: ReviewArea = {
  name: '计算口径（待责任单位确认）',
  collect(content) {
    const bureauOf = new Map(content.indicators.map((i) => [i.data.number, i.data.responsibleText]));
    const drafter = content.site?.document.drafter.trim();
    return content.readings.flatMap((r, index) => {
      if (r.data.confirmation) return [];
      // Whoever answers for the indicators it applies to; a rule of the whole site goes to the drafting office.
      const bureaus = [...new Set(r.data.indicators.map((n) => bureauOf.get(n)).filter((b): b is string => Boolean(b)))];
      const who = bureaus.length > 0 ? bureaus.join('、') : drafter ? `${drafter}（方案起草单位）` : '方案起草单位';
      const where = r.data.indicators.length > 0 ? `（指标${r.data.indicators.join('、')}）` : '';
      return [
        {
          file: r.file,
          field: `${index}.confirmation`,
          what: `计算口径“${r.data.title}”${where}待${who}确认；确认后在 confirmation 中记下确认单位、日期和依据`,
          ...(r.data.alternative ? { alternative: r.data.alternative } : {}),
          required: false,
        },
      ];
    });
  },
};
