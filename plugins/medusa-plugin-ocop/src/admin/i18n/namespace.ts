/** The one i18next namespace of the OCOP admin extension, merged into the dashboard's resources. */
export const OCOP_NS = "ocop"
