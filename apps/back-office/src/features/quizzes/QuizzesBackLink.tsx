import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Back to the list of quizzes, above the editor and the statistics. */
export function QuizzesBackLink() {
  const { t } = useTranslation();
  return (
    <p className="bo-back">
      <Link to="/quizzes">
        <span aria-hidden="true">‹ </span>
        {t('quizzes.bo.title')}
      </Link>
    </p>
  );
}
