/** The income label of UCI Adult, without the test split's trailing dot; `>50K` is the positive class. */
export type AdultIncome = ">50K" | "<=50K";

export const ADULT_POSITIVE: AdultIncome = ">50K";
export const ADULT_NEGATIVE: AdultIncome = "<=50K";

/** Numerical columns in file order (the dataset's own names); a value is null where the file has `?`. */
export const ADULT_NUMERICAL = [
  "age",
  "fnlwgt",
  "education-num",
  "capital-gain",
  "capital-loss",
  "hours-per-week",
] as const;

export const ADULT_CATEGORICAL = [
  "workclass",
  "education",
  "marital-status",
  "occupation",
  "relationship",
  "race",
  "sex",
  "native-country",
] as const;

/** The 14 features in the files' column order. */
export const ADULT_FEATURES = [
  "age",
  "workclass",
  "fnlwgt",
  "education",
  "education-num",
  "marital-status",
  "occupation",
  "relationship",
  "race",
  "sex",
  "capital-gain",
  "capital-loss",
  "hours-per-week",
  "native-country",
] as const;

export type AdultNumerical = (typeof ADULT_NUMERICAL)[number];
export type AdultCategorical = (typeof ADULT_CATEGORICAL)[number];

export type AdultFeatures = { readonly [K in AdultNumerical]: number | null } & {
  readonly [K in AdultCategorical]: string | null;
};

export type AdultRecord = AdultFeatures & { readonly income: AdultIncome };

/** The 14 features of a record without its label, as a prediction record's `features` must be. */
export function adultFeatures(record: AdultFeatures): AdultFeatures {
  const out: Record<string, number | string | null> = {};
  for (const name of ADULT_FEATURES) out[name] = record[name];
  return out as AdultFeatures;
}
