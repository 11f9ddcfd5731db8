import { describe, expect, test } from 'vitest';
import { directions } from '../../../src/search/directions.ts';
import { planQuery, planTerms, pointsTo } from '../../../src/search/plan.ts';
import { tokenize } from '../../../src/search/query.ts';

const direction = (name: string) => directions.find((d) => d.name === name)!;
const points = (name: string, query: string) => pointsTo(direction(name), tokenize(query));

describe('directions', () => {
  test('give, let, approve, connect point to authorize; remove, unlink, ex-, no longer to revoke', () => {
    for (const q of ['give my developer access', 'approve third party app', 'connect my software'])
      expect(points('authorize', q), q).toBe(true);
    for (const q of [
      'unlink software from my account',
      'ex developer still has access',
      'ex-developer can see my data',
      'we no longer work with this developer',
      'cut off my agency',
    ])
      expect(points('revoke', q), q).toBe(true);
  });

  test('need what they act on: "when does mws stop working" is no revoke', () => {
    expect(points('revoke', 'when does mws stop working')).toBe(false);
  });

  test('do not count when the word acts on something else', () => {
    expect(points('revoke', 'remove a role from my developer profile')).toBe(false);
    expect(points('revoke', 'amazon cut off my api access')).toBe(false);
    expect(points('appeal', 'amazon cut off my api access')).toBe(true);
    expect(points('appeal', 'our roles will be removed and we disagree')).toBe(true);
  });

  test('someone else needing access is authorizing; access taken, said in the past, an appeal', () => {
    expect(points('authorize', 'the guy who built our integration needs access')).toBe(true);
    expect(points('authorize', 'i need access to the orders api')).toBe(false);
    for (const q of ['my access was removed', 'our access has been revoked']) {
      expect(points('appeal', q), q).toBe(true);
      expect(points('revoke', q), q).toBe(false);
    }
    expect(points('appeal', 'how do i get developer access removed')).toBe(false);
  });

  test('a direction word said not to be wanted points nowhere', () => {
    expect(points('extension', 'i want to fight the denial not delay it')).toBe(false);
    expect(points('appeal', 'i want to fight the denial not delay it')).toBe(true);
    expect(points('extension', 'please delay the change')).toBe(true);
    // Little words and words of wanting may stand between: other words end the negation.
    expect(points('extension', 'dont want extension, want it reversed')).toBe(false);
    expect(points('extension', 'not asking for an extension')).toBe(false);
    expect(points('extension', 'not approved, need an extension')).toBe(true);
  });

  test('signing in, obligation, a refused call and which role have directions of their own', () => {
    expect(points('sign in', 'sign in help')).toBe(true);
    expect(points('sign in', 'they sent me their login')).toBe(false);
    expect(points('obligation', 'do we need the developer profile')).toBe(true);
    expect(points('obligation', 'does each developer id need its own profile')).toBe(false);
    expect(points('call refused', 'access denied on the orders call')).toBe(true);
    expect(points('call refused', 'my developer access was denied')).toBe(false);
    expect(points('call refused', 'access to this resource is denied')).toBe(true);
    expect(points('revoke', 'we stopped using that integration')).toBe(true);
    expect(points('revoke', 'can i stop in the middle of the developer profile')).toBe(false);
    expect(points('register', 'our very first developer profile')).toBe(true);
    expect(points('change roles', 'a listings role on top of the ones we have')).toBe(true);
    expect(points('which role', 'role for asking buyers to leave a review')).toBe(true);
    expect(points('which role', 'why did amazon decide which roles i get')).toBe(false);
    expect(points('denial reason', 'we want to know why it was declined')).toBe(true);
    expect(points('denial reason', 'why was my access wrongly denied')).toBe(false);
    expect(points('purpose', 'what is the developer profile and why is amazon asking')).toBe(true);
    expect(points('purpose', 'what is the status of my developer profile')).toBe(false);
  });

  test('a direction adds its terms as a part and avoids the opposite procedure', () => {
    const plan = planQuery('let my developer in');
    expect(plan.directions).toEqual(['authorize']);
    expect(plan.parts.at(-1)).toMatchObject({ kind: 'direction', label: 'authorize' });
    expect(plan.avoid).toEqual(['revoke', 'disable']);
    expect(planTerms(plan)).toEqual(expect.arrayContaining(['developer', 'authorize', 'revoke']));
  });

  test('a bare prefix is not searched: it would match every word that starts with it', () => {
    expect(planQuery('ex developer').parts.map((p) => p.label)).toEqual(['developer', 'revoke']);
  });

  test("people's words bring the site's words, a little weaker; British spellings the American", () => {
    const [login] = planQuery('login').parts;
    expect(login.alternatives).toEqual([
      { term: 'login', weight: 1 },
      { term: 'sign', weight: expect.any(Number) },
    ]);
    expect(login.alternatives[1].weight).toBeLessThan(1);
    expect(planQuery('authorise').parts[0].alternatives.map((a) => a.term)).toContain('authorize');
  });
});

describe('phrases and more directions', () => {
  test('a phrase is one part, searched as the site words for it, its words not on their own', () => {
    const plan = planQuery('reason my api request was turned down');
    const labels = plan.parts.map((p) => p.label);
    expect(labels).toContain('turned down');
    expect(labels).not.toContain('turned');
    expect(labels).not.toContain('down');
    const phrase = plan.parts.find((p) => p.label === 'turned down')!;
    expect(phrase.alternatives.map((a) => a.term)).toEqual(['denied']);
  });

  test('giving or removing a role is a role change, not authorizing or revoking', () => {
    expect(planQuery('give my app the pricing role too').directions).toEqual(['change roles']);
    expect(planQuery('remove a role from my developer profile').directions).toEqual([
      'change roles',
    ]);
    // A comparison is about how access was decided.
    expect(planQuery('why did i get fewer roles than i asked for').directions).toEqual([]);
  });

  test('the end of MWS is its own direction, and needs MWS: a last day to appeal is not', () => {
    expect(points('retirement', 'last day of mws')).toBe(true);
    expect(points('retirement', 'can i still use mws')).toBe(true);
    expect(points('retirement', 'last day to send an appeal')).toBe(false);
  });

  test('"authorize me" is the developer asking, not the seller authorizing', () => {
    expect(points('authorize', 'who can authorize my developer')).toBe(true);
    expect(points('authorize', 'how do i get a seller to authorize me as a developer')).toBe(false);
  });
});

describe('phrases said apart or not wanted', () => {
  test('a verb and its particle count with a few words between ("cut the old one off")', () => {
    expect(points('revoke', 'cut the old agency off')).toBe(true);
    expect(points('revoke', "take the bookkeeping app's access away")).toBe(true);
    expect(points('retirement', 'must we rip the mws keys out of our code')).toBe(true);
    // Too far apart, they are two thoughts.
    expect(points('revoke', 'cut costs for the app we built last year and go off')).toBe(false);
  });

  test('a phrase right after "no" or "not" is not wanted: "no more time needed"', () => {
    expect(points('extension', 'no more time needed, give the role back')).toBe(false);
    expect(points('appeal', 'no more time needed, give the role back')).toBe(true);
    expect(points('extension', 'we need more time')).toBe(true);
  });

  test("a merchant or client who authorizes is the developer's side of it", () => {
    expect(points('developer side', 'get a merchant to connect my app')).toBe(true);
    expect(points('developer side', 'authorize my developer')).toBe(false);
  });

  test('some roles granted and others not is how the access was decided', () => {
    expect(points('partial', 'granted pricing but not tax roles')).toBe(true);
    expect(points('partial', 'authorized but not working')).toBe(false);
  });

  test('answers gone after closing the tab point to the draft page', () => {
    expect(points('unsaved', 'ticked two roles, closed the tab, boxes empty')).toBe(true);
    expect(points('unsaved', 'save a draft of the profile')).toBe(false);
  });

  test('Amazon taking roles away is a notice, not a role change the person wants', () => {
    const plan = planQuery('amazon write me that roles will be removed');
    expect(plan.directions).toContain('notice');
    expect(plan.directions).not.toContain('change roles');
  });
});

describe('forms of direction words', () => {
  test('wanting it done counts in any tense of wanting ("removing", "adds"), not what happened', () => {
    expect(points('revoke', 'removing my developer')).toBe(true);
    expect(points('authorize', 'adds a developer to my account')).toBe(true);
    expect(points('authorize', 'a connected developer app')).toBe(false);
  });
});

describe('pairs', () => {
  test('two meaningful words side by side are also searched as a phrase', () => {
    const plan = planQuery('where is my developer id');
    expect(plan.parts.find((p) => p.kind === 'pair')).toMatchObject({
      label: 'developer id',
      alternatives: [{ term: '"developer id"', weight: 1 }],
    });
    // Words apart in what was typed make no pair; nor do a direction's prefix or a phrase's words.
    expect(planQuery('developer for my id').parts.some((p) => p.kind === 'pair')).toBe(false);
    expect(planQuery('ex developer').parts.some((p) => p.kind === 'pair')).toBe(false);
  });
});

describe('looking something up, and a procedure named outright', () => {
  test('what MWS is, where an ID is found and how roles were decided have directions', () => {
    expect(points('definition', 'what is mws and for what the sellers are using it')).toBe(true);
    expect(points('definition', 'found something called mws keys, what is that')).toBe(true);
    // One's own key is found, not defined; what MWS costs has its own page.
    expect(points('definition', 'what is my mws secret key')).toBe(false);
    expect(points('definition', 'what does mws cost')).toBe(false);
    expect(points('find', 'they need my merchant id, where do i find it')).toBe(true);
    expect(points('find', 'where do i find the developer profile')).toBe(false);
    expect(points('decided', 'our app lost a role why did they decide that')).toBe(true);
    expect(points('decided', 'we decided to stop using the app')).toBe(false);
  });

  test('giving access back after disabling the wrong app authorizes again', () => {
    const plan = planQuery('clicked disable on the wrong app, how do i give it access back');
    expect(plan.directions).toEqual(['authorize']);
    expect(points('revoke', 'take my permission back from the shipping app')).toBe(true);
  });

  test('a procedure named outright outweighs its opposite only hinted at', () => {
    expect(planQuery('missed the window for the appeal, is it too late').directions).toEqual([
      'appeal',
    ]);
    expect(planQuery('we are late, should i ask for an appeal or an extension').directions).toEqual(
      ['appeal', 'extension'],
    );
    expect(planQuery('we are late with the null handling').directions).toEqual(['extension']);
  });
});
