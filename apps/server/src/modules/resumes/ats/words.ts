/**
 * The word lists the ATS report judges bullets and spelling by, curated for JobPilot (not copied from a list).
 * All lower case; looked up in Sets, so each check is constant time per word.
 */

/** Verbs a strong bullet starts with, in the past tense (the present-tense "-s" form is accepted too). */
export const ACTION_VERBS = new Set(
  `accelerated accomplished achieved acquired adapted addressed administered advanced advised advocated analysed
  analyzed answered applied appointed architected arranged assembled assessed audited authored automated balanced
  boosted briefed budgeted built calculated campaigned captured catalogued championed changed chaired clarified
  closed coached coded collaborated collected combined communicated compiled completed composed computed conceived
  conceptualised conceptualized conducted configured consolidated constructed consulted contracted contributed
  controlled converted convinced coordinated corrected counselled counseled crafted created cultivated curated cut
  debugged decreased defined delegated delivered demonstrated deployed designed detected determined developed
  devised diagnosed digitised digitized directed discovered dispatched documented doubled drafted drove earned edited
  educated eliminated empowered enabled encouraged engineered enhanced established estimated evaluated examined
  exceeded executed expanded expedited experimented explained explored facilitated fixed forecasted forged formed
  formulated fostered founded gained generated grew guided halved handled headed hired identified implemented
  improved increased influenced initiated innovated inspected installed instituted instructed integrated interviewed
  introduced invented investigated launched led lectured lifted lowered maintained managed mapped marketed mastered
  maximised maximized measured mediated mentored merged migrated minimised minimized mobilised mobilized modelled
  modeled moderated modernised modernized monitored motivated negotiated onboarded opened operated optimised
  optimized orchestrated organised organized originated outperformed overhauled oversaw partnered performed
  persuaded piloted pioneered planned prepared presented prevented prioritised prioritized processed procured
  produced programmed promoted proposed prototyped provided published purchased qualified quantified raised ran
  rebuilt received recommended reconciled recruited redesigned reduced refactored refined regulated rehabilitated
  remodelled remodeled reorganised reorganized repaired replaced reported represented researched resolved
  restored restructured revamped reviewed revised revitalised revitalized rewrote saved scaled scheduled screened
  secured selected served shaped shipped simplified sold solved spearheaded specified sped spoke sponsored
  stabilised stabilized standardised standardized started steered streamlined strengthened structured succeeded
  supervised supported surpassed surveyed sustained systematised systematized taught tested tracked trained
  transformed translated trimmed tripled troubleshot tuned uncovered unified upgraded validated verified visualised
  visualized wrote won`
    .split(/\s+/)
    .filter(Boolean),
);

/** Present-tense forms whose stem is not the past form minus "d"/"ed" ("leads", "builds", "runs"). */
export const PRESENT_ACTION_VERBS = new Set(
  `leads builds runs writes grows drives oversees teaches sells speaks wins makes holds sets cuts ships`
    .split(/\s+/)
    .filter(Boolean),
);

/** Openings that describe a duty instead of a result, and what to write instead. */
export const WEAK_OPENINGS: readonly [RegExp, string][] = [
  [/^responsible for\b/i, 'start with what you did, e.g. “Managed …” or “Ran …”'],
  [/^(?:duties|responsibilities) (?:included|include)\b/i, 'list what you achieved, each line starting with a verb'],
  [/^(?:worked|working) (?:on|with|in)\b/i, 'name what you built or changed, e.g. “Built …” or “Redesigned …”'],
  [/^(?:helped|assisted|aided)\b/i, 'say what you did yourself, e.g. “Co-led …” or “Delivered …”'],
  [/^(?:tasked with|in charge of|involved in|participated in)\b/i, 'start with the verb of what you did'],
  [/^(?:used|utili[sz]ed|using)\b/i, 'say what you achieved with the tool, e.g. “Built … in Angular”'],
];

/** First-person pronouns: a resume drops them ("Led the team", not "I led the team"). */
export const PRONOUNS = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'our', 'ours', 'us', "i'm", "i've", "i'd"]);

/** Filler and buzz phrases that an ATS ignores and a reader skips. Matched as whole words, case-insensitively. */
export const FILLER_PHRASES: readonly string[] = [
  'synergy',
  'synergies',
  'go-getter',
  'team player',
  'hard-working',
  'hardworking',
  'hard worker',
  'results-driven',
  'results-oriented',
  'detail-oriented',
  'self-starter',
  'self-motivated',
  'think outside the box',
  'thought leader',
  'best of breed',
  'best-in-class',
  'world-class',
  'go-to person',
  'dynamic',
  'passionate',
  'ninja',
  'rockstar',
  'guru',
  'various',
  'successfully',
  'very',
  'really',
  'extremely',
  'highly motivated',
  'proven track record',
  'track record',
  'value add',
  'value-add',
  'cutting-edge',
  'game changer',
  'game-changer',
  'etc',
];

/**
 * Technology and business words a general English dictionary lacks, never flagged as misspelt. The skills
 * taxonomy holds the canonical names; this is the small set that shows up in lower case in bullets.
 */
export const TECH_WORDS = new Set(
  `api apis backend backends frontend frontends fullstack devops devsecops mlops sre saas paas iaas microservice
  microservices kubernetes k8s docker dockerised dockerized containerised containerized serverless middleware
  webhook webhooks websocket websockets oauth jwt sql nosql postgres postgresql mysql mongodb redis kafka rabbitmq
  graphql grpc rest restful json yaml xml html css scss sass js ts jsx tsx npm pnpm yarn webpack vite esbuild
  typescript javascript nodejs node react reactjs vue vuejs angular svelte nextjs nuxt django flask fastapi rails
  laravel spring springboot dotnet csharp golang rust kotlin swift scala haskell elixir erlang clojure perl php
  terraform ansible pulumi helm argocd jenkins gitlab github bitbucket ci cd cicd aws gcp azure ec2 s3 lambda
  cloudfront bigquery snowflake databricks airflow dbt etl elt spark hadoop pandas numpy scipy pytorch tensorflow
  keras sklearn llm llms nlp ai ml genai rag embeddings chatbot chatbots dataset datasets dataflow pipelines
  linux unix macos ios android wearables ux ui figma jira confluence scrum kanban agile okr okrs kpi kpis roi
  b2b b2c crm erp seo sem sdk sdks cli ide repo repos monorepo codebase codebases refactor refactoring
  onboarding offboarding upskilling reskilling stakeholder stakeholders runbook runbooks postmortem postmortems
  observability uptime latency throughput failover autoscaling sharding caching geospatial realtime
  blockchain fintech edtech healthtech proptech insurtech ecommerce omnichannel multichannel analytics
  onboarded upskilled architected rearchitected productionized productionised deduplicated deduplication
  programme programmes scalable scalability reusable reusability performant deployable maintainability
  configurable extensible rollout rollouts frameworks toolchain toolchains linter linters lifecycle workflow workflows opensource`
    .split(/\s+/)
    .filter(Boolean),
);
