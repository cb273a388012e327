export const mail = {
  greeting: 'Hello {{name}},',
  signature: 'The Relais team',
  ignore: 'If you did not expect this e-mail, you can ignore it.',
  invitation: {
    subject: 'You are invited to join {{organisation}} on Relais',
    body: '{{inviter}} invited you to join {{organisation}} on Relais. Choose your password to activate your account:',
    expires: 'This link can be used once and expires on {{date}}.',
  },
  passwordReset: {
    subject: 'Reset your Relais password',
    body: 'Someone asked to reset the password of your Relais account. Choose a new password here:',
    expires: 'This link can be used once and expires on {{date}}.',
  },
  applicationDeclined: {
    subject: 'Your application to join the Relais network',
    body: 'Thank you for applying on behalf of {{company}}. We cannot accept your application at this time.',
    message: 'Message from the brand: {{message}}',
  },
  declarationDecided: {
    subject: 'Your declaration of {{date}} has been reviewed',
    body: '{{approved}} line(s) approved and {{rejected}} line(s) rejected. The details and points are in your declaration:',
    message: 'Message from the brand: {{message}}',
  },
  declarationInfoRequested: {
    subject: 'More information needed on your declaration of {{date}}',
    body: 'The brand needs more information before deciding your declaration. Complete it and submit it again:',
    message: 'Message from the brand: {{message}}',
  },
  declarationReversed: {
    subject: 'Your declaration of {{date}} has been reversed',
    body: 'The brand reversed your declaration; the points it earned have been taken back:',
    message: 'Reason: {{message}}',
  },
  rewardOrderApproved: {
    subject: 'Your reward order {{reference}} has been approved',
    body: 'The brand approved your order; it will be prepared and sent to you. Follow it here:',
  },
  rewardOrderRejected: {
    subject: 'Your reward order {{reference}} has been declined',
    body: 'The brand declined your order; its {{points}} points are back in your wallet. The details are here:',
    message: 'Reason: {{message}}',
  },
  rewardOrderShipped: {
    subject: 'Your reward order {{reference}} is on its way',
    body: 'Your order has been shipped. Follow it here:',
    tracking: 'Carrier: {{carrier}}, tracking number: {{trackingNumber}}.',
  },
  rewardOrderDelivered: {
    subject: 'Your reward order {{reference}} has been delivered',
    body: 'Your order has been delivered. Enjoy it! The details are here:',
  },
  rewardOrderCancelled: {
    subject: 'Your reward order {{reference}} has been cancelled',
    body: 'The order has been cancelled; its {{points}} points are back in your wallet. The details are here:',
    message: 'Reason: {{message}}',
  },
};
