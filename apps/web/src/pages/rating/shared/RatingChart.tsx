// The rating screens draw with the platform's one chart wrapper (components/EChart), under the name they use.
export { AXIS_LABEL, EChart as RatingChart } from "../../../components/EChart";
