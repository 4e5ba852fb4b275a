/** `npm run check:content`: validates content/ and prints every mistake with its file and field. */
import { contentDir } from '../src/config/env.ts';
import { readContent } from '../src/checks/readContent.ts';
import { formatReport } from '../src/checks/issue.ts';

const dir = contentDir();
const { content, issues } = readContent(dir);
if (issues.length > 0) {
  console.error(formatReport(issues));
  console.error('\n请按提示修改上述文件后重新构建。网站未更新，上一次成功构建的版本保持不变。');
  process.exit(1);
}
console.log(
  `内容检查通过：${content.actions.length} 项行动、${content.measures.length} 项保障措施、` +
    `${content.indicators.length} 项指标、${content.departments.length} 个部门。`,
);
