import type { Quiz, StoredQuizQuestion } from '../modules/quizzes/quiz.entity';

/** Quiz ids have a group of their own (4001), so they cannot meet the demo-ids kinds. */
const quizId = (n: number) => `00000000-0000-4001-8000-${String(n).padStart(12, '0')}`;
const partId = (question: number, option = 0) => `00000000-0000-4001-8001-${String(question * 100 + option).padStart(12, '0')}`;

type DemoQuiz = Omit<Quiz, 'createdAt' | 'updatedAt'>;

const question = (n: number, fields: Omit<StoredQuizQuestion, 'id' | 'options'>, options: [string, string, boolean][]): StoredQuizQuestion => ({
  id: partId(n),
  ...fields,
  options: options.map(([labelEn, labelFr, correct], i) => ({ id: partId(n, i + 1), labelEn, labelFr, correct })),
});

/** One published quiz open to every partner, so the portal has one to take. */
export const DEMO_QUIZZES: DemoQuiz[] = [
  {
    id: quizId(1),
    titleEn: 'Heat pumps: the essentials',
    titleFr: 'Pompes à chaleur : l’essentiel',
    introEn: 'Three questions on how a heat pump works and how to present it to a customer.',
    introFr: 'Trois questions sur le fonctionnement d’une pompe à chaleur et la façon de la présenter à un client.',
    questions: [
      question(
        1,
        {
          textEn: 'Where does an air-to-water heat pump take most of its heat from?',
          textFr: 'D’où une pompe à chaleur air-eau tire-t-elle l’essentiel de sa chaleur ?',
          explanationEn: 'It draws calories from the outdoor air, even in winter; electricity only drives the compressor.',
          explanationFr: 'Elle puise les calories dans l’air extérieur, même en hiver ; l’électricité ne sert qu’à faire tourner le compresseur.',
          multiple: false,
        },
        [
          ['The outdoor air', 'L’air extérieur', true],
          ['The electrical grid only', 'Le réseau électrique seulement', false],
          ['A gas burner', 'Un brûleur à gaz', false],
        ],
      ),
      question(
        2,
        {
          textEn: 'What does a COP of 4 mean?',
          textFr: 'Que signifie un COP de 4 ?',
          explanationEn: 'The coefficient of performance is the heat delivered per unit of electricity used.',
          explanationFr: 'Le coefficient de performance est la chaleur fournie par unité d’électricité consommée.',
          multiple: false,
        },
        [
          ['4 kWh of heat for 1 kWh of electricity', '4 kWh de chaleur pour 1 kWh d’électricité', true],
          ['It works down to -4 °C', 'Elle fonctionne jusqu’à -4 °C', false],
          ['It lasts 4 times longer than a boiler', 'Elle dure 4 fois plus qu’une chaudière', false],
        ],
      ),
      question(
        3,
        {
          textEn: 'Which arguments suit a customer replacing an oil boiler? (several answers)',
          textFr: 'Quels arguments conviennent à un client qui remplace une chaudière fioul ? (plusieurs réponses)',
          explanationEn: 'Lower running costs and available subsidies both apply; a heat pump still needs yearly servicing.',
          explanationFr: 'Des coûts d’usage plus bas et les aides disponibles s’appliquent ; une pompe à chaleur demande tout de même un entretien annuel.',
          multiple: true,
        },
        [
          ['Lower running costs', 'Des coûts d’usage plus bas', true],
          ['Subsidies for the switch', 'Des aides pour le remplacement', true],
          ['No servicing ever needed', 'Aucun entretien nécessaire', false],
        ],
      ),
    ],
    passMark: 70,
    maxAttempts: 3,
    cooldownMinutes: null,
    timeLimitSeconds: null,
    points: 50,
    status: 'PUBLISHED',
    articleIds: [],
  },
];
