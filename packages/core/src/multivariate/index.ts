export {
  DOMAIN_CLASSIFIER_THRESHOLD,
  type DomainClassifierOptions,
  type DomainClassifierResult,
  domainClassifierAuc,
} from "./domain-classifier.js";
export {
  fitReconstructionDrift,
  type ReconstructionDrift,
  type ReconstructionOptions,
} from "./reconstruction-drift.js";
