import { decisionMail } from '../../../src/core/answers';

/** The e-mail that tells an executor the coordinator's decision (was written in addon/answers.ts). */
describe('decisionMail', () => {
  it('tells an accepted «выполнено» with its date and the coordinator’s note', () => {
    const request = { number: '1.2', title: 'Отчёт', kind: 'done', date: '2021-06-15' } as const;
    expect(decisionMail(request, true, 'Спасибо')).toEqual({
      subject: 'Дорожная карта: ваш ответ принят',
      body: 'Здравствуйте!\n\nВаш ответ по мероприятию «1.2 Отчёт» — «Выполнено» (15.06.2021) — принят координатором.\n\nПримечание координатора: Спасибо',
    });
  });

  it('tells a rejected new deadline of a measure without a number by its title', () => {
    const request = { number: '', title: 'Порядок', kind: 'postpone', date: '2021-07-01' } as const;
    const mail = decisionMail(request, false, 'Срок не переносится');
    expect(mail.subject).toBe('Дорожная карта: ваш ответ отклонён');
    expect(mail.body).toContain('Ваш ответ по мероприятию «Порядок» — новый срок 01.07.2021 — отклонён координатором.');
    expect(mail.body).toContain('Примечание координатора: Срок не переносится');
  });
});
