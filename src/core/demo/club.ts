/** One club's tab content: register, meetings, funds, loans and trainings, drawn from its own random stream. */
import { FUNDS, LOANS, MEETINGS, MEMBERS, TRAININGS } from '../schema/tables';
import { drawMeetings, drawTrainings } from './meetings';
import { drawRegister } from './members';
import { drawMoney } from './money';
import type { Random } from './random';
import type { ClubContent, ClubPlan, DemoSettings } from './types';

export function drawClub(rng: Random, plan: ClubPlan, demo: DemoSettings): ClubContent {
  const register = drawRegister(rng, plan, demo);
  const money = drawMoney(rng, plan, demo, register);
  const meetings = drawMeetings(rng, plan, demo, register.countOn);
  const trainings = drawTrainings(
    rng,
    plan,
    demo,
    register.current.filter((p) => p.board),
  );
  return {
    records: {
      [MEMBERS.id]: register.rows,
      [MEETINGS.id]: meetings.rows,
      [FUNDS.id]: money.funds,
      [LOANS.id]: money.loans,
      [TRAININGS.id]: trainings,
    },
    mistakes: [...register.mistakes, ...meetings.mistakes, ...money.mistakes],
  };
}
