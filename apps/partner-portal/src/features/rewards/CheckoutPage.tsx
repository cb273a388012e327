import './rewards.css';

import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { PortalMyShippingAddressDocument, type PortalMyShippingAddressQuery, PortalPlaceRewardOrderDocument, type ShippingAddressInput, useSession } from '@relais/graphql-client';
import { Alert, Button, EmptyState, errorMessage, LiveRegion, PageHeader, TextField, useDocumentTitle } from '@relais/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { usePointsText } from '../points/use-points-text';
import { useAvailableBalance } from './BalanceLine';
import { useCart } from './cart';
import { checkoutFieldErrors, newIdempotencyKey } from './checkout-errors';
import { CheckoutLines } from './CheckoutLines';
import { RewardsActions } from './RewardsActions';
import { type AddressForm, EMPTY_ADDRESS, ShippingAddressFields } from './ShippingAddressFields';

const optional = (value: string) => value.trim() || null;

function toInput(address: AddressForm): ShippingAddressInput {
  return {
    recipient: address.recipient.trim(),
    line1: address.line1.trim(),
    line2: optional(address.line2),
    postalCode: address.postalCode.trim(),
    city: address.city.trim(),
    country: address.country,
    phone: optional(address.phone),
  };
}

/** The cart, where it goes, the total and my balance before and after; confirming places one order. */
export function CheckoutPage() {
  const { t } = useTranslation();
  const { points } = usePointsText();
  const navigate = useNavigate();
  const { user } = useSession();
  const cart = useCart();
  const available = useAvailableBalance();
  const saved = useQuery(PortalMyShippingAddressDocument, { fetchPolicy: 'cache-and-network' });
  const [place, placing] = useMutation(PortalPlaceRewardOrderDocument, { refetchQueries: ['PortalRewardBalance'] });
  // The address typed here, or (until the user types) the remembered one.
  const [edited, setEdited] = useState<AddressForm | null>(null);
  const [remember, setRemember] = useState(false);
  const [email, setEmail] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // One key per checkout attempt: a double click or a retry after a lost answer places one order.
  const [attemptKey, setAttemptKey] = useState(newIdempotencyKey);
  const inFlight = useRef(false);
  useDocumentTitle(t('portalRewards.checkout.title'));

  const savedAddress = saved.data?.myShippingAddress;
  const address: AddressForm = edited ?? (savedAddress ? fromSaved(savedAddress) : EMPTY_ADDRESS);
  const deliveryEmail = email ?? user?.email ?? '';
  const needsAddress = cart.lines.some((line) => line.delivery === 'SHIPPED');
  const needsEmail = cart.lines.some((line) => line.delivery === 'DIGITAL');
  const after = available === undefined ? undefined : available - cart.total;
  const errors = placing.error ? checkoutFieldErrors(t, placing.error) : {};
  const hasFieldErrors = Object.keys(errors).length > 0;
  const formRef = useRef<HTMLFormElement>(null);

  // Take the keyboard to the first field the API named, once its message is drawn.
  useEffect(() => {
    if (placing.error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [placing.error]);

  const confirm = async () => {
    if (inFlight.current || cart.lines.length === 0) return;
    inFlight.current = true;
    setStatus(null);
    try {
      const result = await place({
        variables: {
          input: {
            lines: cart.lines.map((line) => ({ itemId: line.itemId, quantity: line.quantity })),
            shippingAddress: needsAddress ? toInput(address) : null,
            deliveryEmail: needsEmail ? deliveryEmail.trim() : null,
            rememberAddress: needsAddress ? remember : null,
            idempotencyKey: attemptKey,
          },
        },
      });
      const order = result.data?.placeRewardOrder;
      if (order) {
        cart.clear();
        await navigate('/rewards/orders', {
          state: { message: t('portalRewards.orders.placed', { reference: order.reference, points: points(order.totalPoints) }) },
        });
      }
    } catch (error) {
      // The API answered with an error: nothing was placed, so the next attempt is a new one.
      // Without an answer (network) the same key is kept, so a retry cannot order twice.
      if (CombinedGraphQLErrors.is(error)) setAttemptKey(newIdempotencyKey());
    } finally {
      inFlight.current = false;
    }
  };

  if (cart.lines.length === 0) {
    return (
      <div className="r-stack">
        <PageHeader title={t('portalRewards.checkout.title')} actions={<RewardsActions />} />
        <LiveRegion message={status} tone="success" />
        <EmptyState
          title={t('portalRewards.checkout.empty')}
          action={
            <Link className="r-button r-button--primary" to="/rewards">
              {t('portalRewards.checkout.browse')}
            </Link>
          }
        />
      </div>
    );
  }

  return (
    <form
      ref={formRef}
      className="r-stack rewards-checkout"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
    >
      <Link to="/rewards" className="rewards-back">
        {t('portalRewards.backToCatalogue')}
      </Link>
      <PageHeader title={t('portalRewards.checkout.title')} intro={t('portalRewards.checkout.intro')} actions={<RewardsActions />} />
      <LiveRegion message={status} tone="success" />
      <section aria-labelledby="checkout-cart" className="r-card">
        <h2 id="checkout-cart" className="r-card__title">
          {t('portalRewards.checkout.cart')}
        </h2>
        <CheckoutLines
          lines={cart.lines}
          errors={errors}
          onQuantity={cart.setQuantity}
          onRemove={(line) => {
            cart.remove(line.itemId);
            setStatus(t('portalRewards.checkout.removed', { title: line.title }));
          }}
        />
      </section>
      {needsAddress ? (
        <ShippingAddressFields
          value={address}
          onChange={setEdited}
          errors={errors}
          remember={remember}
          onRemember={setRemember}
        />
      ) : null}
      {needsEmail ? (
        <fieldset className="rewards-fieldset">
          <legend>{t('portalRewards.checkout.digital')}</legend>
          <TextField
            id="delivery-email"
            label={t('portalRewards.checkout.deliveryEmail')}
            hint={t('portalRewards.checkout.deliveryEmailHint')}
            type="email"
            autoComplete="email"
            required
            value={deliveryEmail}
            error={errors['deliveryEmail'] ?? null}
            onChange={(event) => setEmail(event.target.value)}
          />
        </fieldset>
      ) : null}
      <section aria-labelledby="checkout-summary" className="r-card rewards-summary">
        <h2 id="checkout-summary" className="r-card__title">
          {t('portalRewards.checkout.summary')}
        </h2>
        <dl className="r-dl" data-testid="checkout-summary">
          <dt>{t('portalRewards.checkout.total')}</dt>
          <dd className="rewards-summary__total">{points(cart.total)}</dd>
          <dt>{t('portalRewards.checkout.balanceNow')}</dt>
          <dd>{available === undefined ? t('common.loading') : points(available)}</dd>
          <dt>{t('portalRewards.checkout.balanceAfter')}</dt>
          <dd>{after === undefined ? t('common.loading') : points(after)}</dd>
        </dl>
        {after !== undefined && after < 0 ? <p className="rewards-warning">{t('portalRewards.checkout.missing', { points: points(-after) })}</p> : null}
        <p className="r-muted">{t('portalRewards.checkout.note')}</p>
        <div aria-live="assertive" aria-atomic="true">
          {placing.error ? (
            <Alert tone="error" live={false}>
              {hasFieldErrors ? `${errorMessage(t, placing.error)} ${t('portalRewards.checkout.fixErrors')}` : errorMessage(t, placing.error)}
            </Alert>
          ) : null}
        </div>
        <div className="r-form-actions">
          <Button type="submit" busy={placing.loading} disabled={after !== undefined && after < 0}>
            {placing.loading ? t('portalRewards.checkout.confirming') : t('portalRewards.checkout.confirm', { points: points(cart.total) })}
          </Button>
        </div>
      </section>
    </form>
  );
}

function fromSaved(saved: NonNullable<PortalMyShippingAddressQuery['myShippingAddress']>): AddressForm {
  const { recipient, line1, line2, postalCode, city, country, phone } = saved;
  return { recipient, line1, line2: line2 ?? '', postalCode, city, country, phone: phone ?? '' };
}
