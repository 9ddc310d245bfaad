import { hostForSample, toA1 } from './bundle';
import { changedCells, storedCells } from './workbook';
it('x', async () => {
  const { host, sheet } = await hostForSample();
  host.run('prepareTable');
  sheet.insertColumnsBefore(1, 1);
  const before = storedCells(sheet);
  const [r] = host.edit('G17', 'Выполнено');
  console.log(JSON.stringify(r?.calls), r?.error);
  console.log(changedCells(before, storedCells(sheet)), sheet.rawValues()[16]);
});
