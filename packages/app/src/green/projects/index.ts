export { greenCategoryOptions, isCatalogueItem } from "../green-catalogue";
export { againstExpected, benefitRatio } from "./benefit-report-view";
export { checkProjectInput } from "./check-project-input";
export { classifyForActor, classifyText } from "./classify-project-input";
export { decideProject } from "./decide-project";
export { currentClassifier, loadCorrections } from "./green-classifier-cache";
export { listGreenCategories } from "./list-categories";
export { listCorrections } from "./list-corrections";
export { listProjects, queryProjects } from "./list-projects";
export {
  addProjectDocument,
  documentMediaType,
  PROJECT_DOCUMENT_MAX_BYTES,
  projectDocumentContent,
} from "./project-documents";
export { greenProjectsWorkbook, PROJECT_COLUMNS } from "./projects-workbook";
export { getProject } from "./read-project";
export { reportBenefits } from "./report-benefits";
export { resubmitProject } from "./resubmit-project";
export { submitProject } from "./submit-project";
export { withdrawProject } from "./withdraw-project";
