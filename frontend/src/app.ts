import { css, html, LitElement } from 'lit';
import { feedFromRuntimeConfig, type FeedSource } from './api';
import './feed-view';

/** The page frame: masthead and the diner feed, wired to the API the server points at. */
export class TizzaApp extends LitElement {
  static override properties = {
    source: { attribute: false },
  };

  declare source: FeedSource;

  constructor() {
    super();
    this.source = feedFromRuntimeConfig();
  }

  protected override render() {
    return html`
      <header class="masthead">
        <div class="frame">
          <h1>tizza</h1>
          <p class="tagline">Pizzas worth crossing town for</p>
        </div>
      </header>
      <main class="frame">
        <tizza-feed .source=${this.source}></tizza-feed>
      </main>
    `;
  }

  static override styles = css`
    :host {
      display: block;
      min-height: 100vh;
    }

    .frame {
      max-width: 72rem;
      margin: 0 auto;
      padding: 0 1rem;
    }

    .masthead {
      background: var(--tizza-accent, #b3261e);
      color: #fff;
      padding: 1.25rem 0;
      margin-bottom: 1.5rem;
    }

    .masthead .frame {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 1rem;
    }

    h1 {
      margin: 0;
      font-size: 2rem;
      letter-spacing: -0.02em;
    }

    .tagline {
      margin: 0;
      opacity: 0.9;
    }

    main {
      padding-bottom: 3rem;
    }
  `;
}

customElements.define('tizza-app', TizzaApp);

declare global {
  interface HTMLElementTagNameMap {
    'tizza-app': TizzaApp;
  }
}
