// Container names as Docker generates them: `<adjective>_<notable scientist or hacker>` drawn from
// moby's pkg/namesgenerator word lists (a subset), re-drawn while the name is taken.
// Determinism: the draws come from the cluster's seeded generator.

import type { SeededRandom } from '../../base/rand.ts';

const LEFT = [
  'admiring', 'adoring', 'affectionate', 'agitated', 'amazing', 'angry', 'awesome', 'beautiful', 'blissful', 'bold',
  'boring', 'brave', 'busy', 'charming', 'clever', 'compassionate', 'competent', 'condescending', 'confident', 'cool',
  'cranky', 'crazy', 'dazzling', 'determined', 'distracted', 'dreamy', 'eager', 'ecstatic', 'elastic', 'elated',
  'elegant', 'eloquent', 'epic', 'exciting', 'fervent', 'festive', 'flamboyant', 'focused', 'friendly', 'frosty',
  'funny', 'gallant', 'gifted', 'goofy', 'gracious', 'great', 'happy', 'hardcore', 'heuristic', 'hopeful', 'hungry',
  'infallible', 'inspiring', 'intelligent', 'interesting', 'jolly', 'jovial', 'keen', 'kind', 'laughing', 'loving',
  'lucid', 'magical', 'modest', 'musing', 'mystifying', 'naughty', 'nervous', 'nice', 'nifty', 'nostalgic',
  'objective', 'optimistic', 'peaceful', 'pedantic', 'pensive', 'practical', 'priceless', 'quirky', 'quizzical',
  'recursing', 'relaxed', 'reverent', 'romantic', 'sad', 'serene', 'sharp', 'silly', 'sleepy', 'stoic', 'strange',
  'stupefied', 'suspicious', 'sweet', 'tender', 'thirsty', 'trusting', 'unruffled', 'upbeat', 'vibrant', 'vigilant',
  'vigorous', 'wizardly', 'wonderful', 'xenodochial', 'youthful', 'zealous', 'zen',
] as const;

const RIGHT = [
  'albattani', 'allen', 'almeida', 'archimedes', 'ardinghelli', 'aryabhata', 'austin', 'babbage', 'banach', 'bardeen',
  'bartik', 'bell', 'bhabha', 'bhaskara', 'blackwell', 'bohr', 'booth', 'borg', 'bose', 'boyd', 'brahmagupta',
  'brattain', 'brown', 'carson', 'chandrasekhar', 'colden', 'cori', 'cray', 'curie', 'darwin', 'davinci', 'dijkstra',
  'dubinsky', 'easley', 'einstein', 'elion', 'engelbart', 'euclid', 'fermat', 'fermi', 'feynman', 'franklin',
  'galileo', 'goldberg', 'goldstine', 'goodall', 'hamilton', 'hawking', 'heisenberg', 'hodgkin', 'hoover', 'hopper',
  'hugle', 'hypatia', 'jang', 'jennings', 'jepsen', 'joliot', 'jones', 'kalam', 'kare', 'keller', 'khorana', 'kilby',
  'kirch', 'knuth', 'kowalevski', 'lalande', 'lamarr', 'leakey', 'leavitt', 'lichterman', 'liskov', 'lovelace',
  'lumiere', 'mahavira', 'mayer', 'mccarthy', 'mcclintock', 'mclean', 'mcnulty', 'meitner', 'meninsky', 'mestorf',
  'minsky', 'mirzakhani', 'morse', 'murdock', 'napier', 'nash', 'neumann', 'newton', 'nobel', 'noether', 'northcutt',
  'noyce', 'panini', 'pare', 'pasteur', 'payne', 'perlman', 'pike', 'poincare', 'poitras', 'ptolemy', 'raman',
  'ramanujan', 'ride', 'ritchie', 'roentgen', 'rosalind', 'saha', 'sammet', 'shaw', 'shirley', 'shockley', 'sinoussi',
  'snyder', 'spence', 'stallman', 'stonebraker', 'swanson', 'swartz', 'swirles', 'tesla', 'thompson', 'torvalds',
  'turing', 'varahamihira', 'visvesvaraya', 'volhard', 'wescoff', 'williams', 'wilson', 'wing', 'wozniak', 'wright',
  'yalow', 'yonath',
] as const;

const MAX_DRAWS = 100;

/** A free generated name; `boring_wozniak` is never drawn (as upstream). */
export function generateContainerName(rand: SeededRandom, taken: (name: string) => boolean): string {
  let name = '';
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    name = `${LEFT[rand.int(LEFT.length)]!}_${RIGHT[rand.int(RIGHT.length)]!}`;
    if (name === 'boring_wozniak') continue;
    if (draw > 0) name += String(rand.int(10));
    if (!taken(name)) return name;
  }
  return name;
}
