// Steps on the Rounds page (Đợt & Hội đồng) that more than one browser walk takes: planning a statutory round and
// recording the province council of the evaluation test kit's people through the drawer.
import type { Page } from 'playwright-core';
import { MEMBERS } from '../src/modules/evaluation/evaluation-test-kit.ts';

/** Picks a person in a user Select of the council form by typing their name (display name = user name in the kit).
 *  Under load a click can land while the options are still being filtered and pick nothing: it checks the pick and
 *  chooses again (at most three times). */
export async function choosePerson(page: Page, testId: string, name: string): Promise<void> {
  const want = `${name} (${name})`;
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId(testId).click();
    await page.keyboard.type(name);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .last()
      .getByTitle(want, { exact: true })
      .click();
    const picked = await page.getByTestId(testId).evaluate((el) => el.closest('.ant-select')?.textContent ?? '');
    if (picked.includes(want) || attempt === 3) return;
    await page.keyboard.press('Escape');
  }
}

/** Opens the Rounds page and plans statutory round `number`/`year` through "Tạo đợt đánh giá". */
export async function createRound(page: Page, serverUrl: string, year: number, number: number): Promise<void> {
  await page.goto(serverUrl + '/rounds');
  await page.getByTestId('round-create').click();
  await page.getByTestId('round-year').fill(String(year));
  await page.getByTestId('round-number').fill(String(number));
  await page.getByTestId('round-ok').click();
  await page.getByTestId(`round-${year}-${number}`).waitFor();
}

/** In the open council drawer: the decision, the kit's chair, MEMBERS in the prefilled seats and the advisory leader; saves. */
export async function fillProvinceCouncil(page: Page, decisionNo: string, decisionDate: string): Promise<void> {
  await page.getByTestId('council-decision-no').fill(decisionNo);
  await page.getByTestId('council-decision-date').fill(decisionDate);
  await choosePerson(page, 'council-chair', 'chair');
  for (const [i, m] of MEMBERS.entries()) await choosePerson(page, `council-member-${i}-user`, m);
  await choosePerson(page, 'council-advisory-leader', 'advisory');
  await page.getByTestId('council-ok').click();
}
