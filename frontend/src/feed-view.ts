import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FeedPizza, FeedSource } from './api';
import { formatLikes, formatPrice } from './format';
import { describeFailure, type ProblemSummary } from './problem';

type Phase = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The diner feed: pizza cards, newest first, one page at a time. Give it a `source`; it loads
 * the first page whenever the source changes and appends the next page on "Load more".
 */
export class TizzaFeed extends LitElement {
  static override properties = {
    source: { attribute: false },
    locale: {},
    pizzas: { state: true },
    nextCursor: { state: true },
    phase: { state: true },
    problem: { state: true },
    loadingMore: { state: true },
    moreProblem: { state: true },
    announcement: { state: true },
  };

  // Declared, not initialised as fields, so that Lit's reactive accessors are not shadowed.
  declare source: FeedSource | undefined;
  declare locale: string | undefined;
  declare pizzas: FeedPizza[];
  declare nextCursor: string | undefined;
  declare phase: Phase;
  declare problem: ProblemSummary | undefined;
  declare loadingMore: boolean;
  declare moreProblem: ProblemSummary | undefined;
  declare announcement: string;

  // Bumped on every fresh load, so an answer to an older request cannot overwrite a newer one.
  private generation = 0;

  constructor() {
    super();
    this.pizzas = [];
    this.phase = 'idle';
    this.loadingMore = false;
    this.announcement = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') && this.source) {
      void this.loadFirstPage();
    }
  }

  /** Starts over from the newest pizza, as after a failure or a change of source. */
  async loadFirstPage(): Promise<void> {
    const source = this.source;
    if (!source) {
      return;
    }
    const generation = ++this.generation;
    this.phase = 'loading';
    this.problem = undefined;
    this.moreProblem = undefined;
    this.announcement = 'Loading pizzas…';

    try {
      const page = await source();
      if (generation !== this.generation) {
        return;
      }
      this.pizzas = page.items;
      this.nextCursor = page.nextCursor;
      this.phase = 'ready';
      this.announcement = page.items.length === 0
        ? 'No pizzas yet.'
        : `Showing ${page.items.length} pizzas.`;
    } catch (failure) {
      if (generation !== this.generation) {
        return;
      }
      this.problem = describeFailure(failure);
      this.phase = 'failed';
      this.announcement = '';
    }
  }

  /** Appends the page after the last one shown. */
  async loadMore(): Promise<void> {
    const source = this.source;
    const cursor = this.nextCursor;
    if (!source || !cursor || this.loadingMore) {
      return;
    }
    const generation = this.generation;
    this.loadingMore = true;
    this.moreProblem = undefined;

    try {
      const page = await source(cursor);
      if (generation !== this.generation) {
        return;
      }
      const firstNew = page.items[0];
      this.pizzas = [...this.pizzas, ...page.items];
      this.nextCursor = page.nextCursor;
      this.announcement = `Loaded ${page.items.length} more pizzas.`;
      await this.focusCard(firstNew);
    } catch (failure) {
      if (generation === this.generation) {
        this.moreProblem = describeFailure(failure);
      }
    } finally {
      if (generation === this.generation) {
        this.loadingMore = false;
      }
    }
  }

  // Keyboard and screen-reader users land on the first new card instead of losing their place
  // when the button they pressed disappears on the last page.
  private async focusCard(pizza: FeedPizza | undefined): Promise<void> {
    if (!pizza) {
      return;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#pizza-${pizza.id}`)?.focus();
  }

  protected override render() {
    return html`
      <section aria-labelledby="feed-heading" aria-busy=${this.phase === 'loading'}>
        <h2 id="feed-heading">Fresh from the oven</h2>
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${this.renderBody()}
      </section>
    `;
  }

  private renderBody() {
    switch (this.phase) {
      case 'idle':
      case 'loading':
        return html`<p class="notice" aria-hidden="true">
          <span class="spinner"></span>Loading pizzas…
        </p>`;
      case 'failed':
        return this.renderProblem(this.problem, () => this.loadFirstPage(), 'Try again');
      case 'ready':
        return this.pizzas.length === 0 ? this.renderEmpty() : this.renderPizzas();
    }
  }

  private renderEmpty() {
    return html`<div class="notice empty">
      <p class="big" aria-hidden="true">🍕</p>
      <p><strong>No pizzas yet.</strong></p>
      <p>Pizzerias are still firing up their ovens. Check back soon.</p>
    </div>`;
  }

  private renderPizzas() {
    return html`
      <ul class="grid" role="list">
        ${repeat(this.pizzas, (pizza) => pizza.id, (pizza) => this.renderPizza(pizza))}
      </ul>
      <div class="more">${this.renderMore()}</div>
    `;
  }

  private renderMore() {
    if (this.moreProblem) {
      return this.renderProblem(this.moreProblem, () => this.loadMore(), 'Try loading more again');
    }
    if (this.nextCursor) {
      return html`<button type="button" class="primary" ?disabled=${this.loadingMore}
          aria-busy=${this.loadingMore} @click=${() => this.loadMore()}>
        ${this.loadingMore ? 'Loading more…' : 'Load more pizzas'}
      </button>`;
    }
    return html`<p class="end">That is every pizza for now.</p>`;
  }

  private renderPizza(pizza: FeedPizza) {
    const headingId = `pizza-${pizza.id}-title`;
    return html`<li>
      <article class="card" id="pizza-${pizza.id}" tabindex="-1" aria-labelledby=${headingId}>
        ${pizza.imageUrl
          ? html`<img src=${pizza.imageUrl} alt="${pizza.title} from ${pizza.pizzeria.name}"
              loading="lazy" decoding="async" width="640" height="480">`
          : html`<div class="placeholder" aria-hidden="true">🍕</div>`}
        <div class="content">
          <div class="headline">
            <h3 id=${headingId}>${pizza.title}</h3>
            <p class="price">
              <data value=${pizza.price.amount}>${formatPrice(pizza.price, this.locale)}</data>
            </p>
          </div>
          <p class="pizzeria">${pizza.pizzeria.name} · ${pizza.pizzeria.city}</p>
          <p class="description">${pizza.description}</p>
          ${pizza.toppings.length > 0
            ? html`<ul class="toppings" aria-label="Toppings">
                ${pizza.toppings.map((topping) => html`<li>${topping}</li>`)}
              </ul>`
            : nothing}
          <p class="likes"><span aria-hidden="true">♥</span>
            ${formatLikes(pizza.likeCount, this.locale)}</p>
        </div>
      </article>
    </li>`;
  }

  private renderProblem(
    problem: ProblemSummary | undefined,
    retry: () => void,
    retryLabel: string,
  ) {
    return html`<div class="problem" role="alert">
      <p class="problem-title"><strong>${problem?.title ?? 'Something went wrong'}</strong></p>
      ${problem?.detail ? html`<p class="problem-detail">${problem.detail}</p>` : nothing}
      <button type="button" class="primary" @click=${retry}>${retryLabel}</button>
    </div>`;
  }

  static override styles = css`
    :host {
      display: block;
    }

    h2 {
      font-size: 1.25rem;
      margin: 0 0 1rem;
    }

    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: 1.25rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }

    .card {
      display: flex;
      flex-direction: column;
      height: 100%;
      overflow: hidden;
      background: var(--tizza-surface, #fff);
      border: 1px solid var(--tizza-border, #eadfd6);
      border-radius: 0.75rem;
      box-shadow: 0 1px 2px rgb(60 30 10 / 8%);
    }

    .card:focus-visible {
      outline: 3px solid var(--tizza-accent, #b3261e);
      outline-offset: 2px;
    }

    img,
    .placeholder {
      display: block;
      width: 100%;
      aspect-ratio: 4 / 3;
      object-fit: cover;
      background: var(--tizza-crust, #f6e7d8);
    }

    .placeholder {
      display: grid;
      place-items: center;
      font-size: 3rem;
    }

    .content {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      padding: 1rem 1.1rem 1.1rem;
      flex: 1;
    }

    .content p {
      margin: 0;
    }

    .headline {
      display: flex;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.75rem;
    }

    h3 {
      font-size: 1.1rem;
      line-height: 1.3;
      margin: 0;
    }

    .price {
      font-weight: 700;
      white-space: nowrap;
      color: var(--tizza-accent, #b3261e);
    }

    .pizzeria {
      color: var(--tizza-muted, #6b5b50);
      font-size: 0.9rem;
    }

    .description {
      line-height: 1.5;
    }

    .toppings {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }

    .toppings li {
      background: var(--tizza-crust, #f6e7d8);
      border-radius: 999px;
      font-size: 0.8rem;
      padding: 0.15rem 0.6rem;
    }

    .content .likes {
      /* Pins the like count to the bottom so cards in one row line up. */
      margin-top: auto;
      color: var(--tizza-muted, #6b5b50);
      font-size: 0.9rem;
    }

    .content .likes span {
      color: var(--tizza-accent, #b3261e);
    }

    .more {
      display: flex;
      justify-content: center;
      margin: 2rem 0 1rem;
    }

    .notice,
    .end {
      color: var(--tizza-muted, #6b5b50);
      text-align: center;
    }

    .notice {
      padding: 3rem 1rem;
    }

    .empty p {
      margin: 0.25rem 0;
    }

    .big {
      font-size: 3rem;
    }

    .problem {
      max-width: 32rem;
      margin: 2rem auto;
      padding: 1.25rem;
      text-align: center;
      background: #fff4f2;
      border: 1px solid #f0b8ae;
      border-radius: 0.75rem;
    }

    .problem p {
      margin: 0 0 0.75rem;
    }

    button.primary {
      font: inherit;
      font-weight: 600;
      color: #fff;
      background: var(--tizza-accent, #b3261e);
      border: 0;
      border-radius: 999px;
      padding: 0.65rem 1.5rem;
      cursor: pointer;
    }

    button.primary:hover:not(:disabled) {
      background: var(--tizza-accent-dark, #8c1d17);
    }

    button.primary:focus-visible {
      outline: 3px solid var(--tizza-focus, #1a5fb4);
      outline-offset: 2px;
    }

    button.primary:disabled {
      cursor: progress;
      opacity: 0.7;
    }

    .spinner {
      display: inline-block;
      width: 1em;
      height: 1em;
      margin-right: 0.5em;
      vertical-align: -0.15em;
      border: 2px solid currentcolor;
      border-right-color: transparent;
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
    }

    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }

    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;
}

customElements.define('tizza-feed', TizzaFeed);

declare global {
  interface HTMLElementTagNameMap {
    'tizza-feed': TizzaFeed;
  }
}
