/**
 * Words that are also people's names (Will, Mark, Grace, Rose…) or that a display name may hold
 * (Sales, Support…). A roster name that is one of them is matched only when written with a capital,
 * so "we will answer" stays while "Will answered" loses the name.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about after all also am an and any are as at be been before being best big bill bond brown but by
  can care cash chase close cook could day do does don done down drew each early earl every fair faith fast
  few field first for frank free from gay gene get give good grace great green grey gray guy had has
  have he help her here hill him his hope how i if in into is it its job joy just keep king kind know
  lane last less like little long love made major make many mark max may me more most much must my
  near new nice nick no not now of off on one only or other our out over own page park pat penny
  price quick ray real rich right rob rock rose ruby same say see she should sky so some soon stone
  storm sue summer sunny sure take team than that the their them then there they this those time to
  too true under up us very want was way we well were what when where which while white who why will
  with wood would yes yet you young your
  april august june autumn dawn daisy holly iris ivy jade lily olive pearl violet amber crystal honey
  angel hunter porter mason baker carter miller smith taylor walker fisher
  customer customers client clients service support sales product marketing finance admin ops
  experience quality value speed ease trust`.split(/\s+/),
);

/** Name particles that name nobody alone: "de", "van", "von"… (skipped, never matched). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'da das de del della der des di do dos du el la le les van von den ter ten al bin ibn ben st'.split(' '),
);
