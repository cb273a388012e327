export const applications = {
  title: 'Applications',
  status: {
    PENDING: 'Pending',
    ACCEPTED: 'Accepted',
    DECLINED: 'Declined',
  },
  apply: {
    title: 'Join the partner network',
    intro: 'Tell us about your company. The brand team reviews every application and answers by e-mail.',
    companySection: 'Your company',
    contactSection: 'Your contact details',
    countryHint: 'Two-letter code, for example FR, BE, DE.',
    messageHint: 'What do you sell, to whom, and why would you like to join?',
    submit: 'Send my application',
    submitting: 'Sending…',
    successTitle: 'Thank you, your application has been sent',
    successBody: 'The brand team will review it and answer you by e-mail at {{email}}.',
    another: 'Send another application',
    alreadyPartner: 'Already a partner? Sign in',
  },
};
