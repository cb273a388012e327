import { quizAnswerProblems, quizQuestionProblems, scoreQuiz } from './quiz-rules';

const questions = [
  { id: 'q1', multiple: false, options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] },
  { id: 'q2', multiple: true, options: [{ id: 'c', correct: true }, { id: 'd', correct: true }, { id: 'e', correct: false }] },
];

describe('quizQuestionProblems', () => {
  it('needs at least one question', () => {
    expect(quizQuestionProblems([])).toEqual([{ field: 'questions', reason: 'quizNeedsQuestion' }]);
  });

  it('names each question with too few options, no right answer, or several right answers to a single choice', () => {
    expect(
      quizQuestionProblems([
        { multiple: false, options: [{ correct: true }] },
        { multiple: true, options: [{ correct: false }, { correct: false }] },
        { multiple: false, options: [{ correct: true }, { correct: true }] },
      ]),
    ).toEqual([
      { field: 'questions.0.options', reason: 'quizNeedsTwoOptions' },
      { field: 'questions.1.options', reason: 'quizNeedsRightAnswer' },
      { field: 'questions.2.options', reason: 'quizSingleChoiceOneRight' },
    ]);
  });
});

describe('quizAnswerProblems', () => {
  it('refuses options of another question, unknown questions and two options for a single choice', () => {
    expect(
      quizAnswerProblems(questions, [
        { questionId: 'q1', optionIds: ['c'] },
        { questionId: 'zz', optionIds: [] },
        { questionId: 'q2', optionIds: ['c', 'd'] },
      ]),
    ).toEqual([
      { field: 'answers.0.optionIds', reason: 'quizUnknownOption' },
      { field: 'answers.1.questionId', reason: 'quizUnknownQuestion' },
    ]);
    expect(quizAnswerProblems(questions, [{ questionId: 'q1', optionIds: ['a', 'b'] }])).toEqual([{ field: 'answers.0.optionIds', reason: 'quizSingleChoiceOneAnswer' }]);
  });
});

describe('scoreQuiz', () => {
  it('counts a question only when the chosen set equals the right set', () => {
    expect(scoreQuiz(questions, [{ questionId: 'q1', optionIds: ['a'] }, { questionId: 'q2', optionIds: ['c'] }], 50)).toEqual({
      correctQuestionIds: ['q1'],
      score: 50,
      passed: true,
    });
    expect(scoreQuiz(questions, [{ questionId: 'q2', optionIds: ['d', 'c'] }], 60)).toEqual({ correctQuestionIds: ['q2'], score: 50, passed: false });
  });
});
