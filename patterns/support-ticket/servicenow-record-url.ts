import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, HEX, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'servicenow-record-url';

/**
 * Links to ServiceNow records: classic form URLs (`incident.do?sys_id=…`,
 * also wrapped in `nav_to.do?uri=…` or the Next Experience `params/target`),
 * workspace record URLs, Service Portal ticket pages, and list queries by
 * `number=INC…`. The API endpoint alone
 * (`/api/now/table/incident`) is not a record.
 */
export default defineDetector({
  id,
  name: 'ServiceNow record URL',
  category: 'support-ticket',
  severity: 'error',
  description: 'ServiceNow incident, case, request and task record links of a real instance.',
  regex:
    /(?<secret>https?:\/\/(?<instance>[a-z0-9][a-z0-9-]{0,62})\.service-now\.com\/(?:nav_to\.do\?uri=(?:%2F|\/)?|now\/nav\/ui\/classic\/params\/target\/|now\/(?:sow|cwf\/agent|workspace\/agent)\/record\/|sp\?id=[a-z_]{1,30}&table=)?(?:(?:incident|sc_req_item|sc_request|sc_task|problem|change_request|sn_customerservice_case|csm_case|hr_case|interaction)(?:\.do(?:\?|%3F)sys_id(?:=|%3D)|\/|&sys_id=)[0-9a-f]{32}|[a-z_]{1,40}_list\.do(?:\?|%3F)sysparm_query(?:=|%3D)number(?:=|%3D)(?:INC|RITM|REQ|CS|PRB|CHG|SCTASK|TASK|HRC)\d{7,10}))(?![0-9a-z])/iu,
  keywords: ['service-now.com'],
  // Placeholder instances and personal developer instances (dev12345, which hold demo data) are registry entries, applied by the engine.
  references: ['https://docs.servicenow.com/bundle/washingtondc-platform-user-interface/page/use/navigation/concept/c_NavigatingByURL.html'],
  samples: () => ({
    positive: [
      `https://northbridge${r(`${id}1`, LOWER_NUM, 3)}.service-now.com/incident.do?sys_id=${r(`${id}2`, HEX, 32)}`,
      `https://northbridge.service-now.com/nav_to.do?uri=sn_customerservice_case.do%3Fsys_id%3D${r(`${id}3`, HEX, 32)}`,
      `https://itsm-${r(`${id}4`, LOWER_NUM, 5)}.service-now.com/now/sow/record/incident/${r(`${id}5`, HEX, 32)}`,
      `https://northbridge.service-now.com/incident_list.do?sysparm_query=number=INC${r(`${id}6`, DIGITS, 7)}`,
      `https://northbridge.service-now.com/sp?id=ticket&table=incident&sys_id=${r(`${id}7`, HEX, 32)}`,
    ],
    negative: [
      'https://instance.service-now.com/incident.do?sys_id=9d385017c611228701d22104cc95c371',
      'https://northbridge.service-now.com/api/now/table/incident',
      'https://dev12345.service-now.com/incident.do?sys_id=46d44a23a9fe19810012d100cca80666',
      'https://<instance>.service-now.com/nav_to.do?uri=incident.do%3Fsys_id%3D<sys_id>',
      'https://northbridge.service-now.com/incident.do?sys_id=-1',
    ],
  }),
});
