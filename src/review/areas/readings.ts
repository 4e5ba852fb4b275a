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
    // Where a rule applies comes from the code (src/model/rules.ts), not the register, so the
    // drafting office, which answers for the whole document, confirms it with the bureaus concerned.
    const drafter = content.site?.document.drafter.trim();
    const who = drafter ? `${drafter}（方案起草单位）会同相关责任单位` : '方案起草单位会同相关责任单位';
    return content.readings.flatMap((r, index) => {
      if (r.data.confirmation) return [];
      return [
        {
          file: r.file,
          field: `${index}.confirmation`,
          what: `计算口径“${r.data.title}”待${who}确认；确认后在 confirmation 中记下确认单位、日期和依据`,
          ...(r.data.alternative ? { alternative: r.data.alternative } : {}),
          required: false,
        },
      ];
    });
  },
};
