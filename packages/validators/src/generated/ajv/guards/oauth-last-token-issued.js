import { dateTime as formats16 } from "../../../formats.js";

export { validate308 as guardOAuthLastTokenIssued };
const schema128 = {"type":"object","properties":{"dateIssued":{"type":"string","format":"date-time"}}};

function validate308(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dateIssued !== undefined){
let data0 = data.dateIssued;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats16(data0))){
validate308.errors = [{instancePath:instancePath+"/dateIssued",schemaPath:"#/properties/dateIssued/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate308.errors = [{instancePath:instancePath+"/dateIssued",schemaPath:"#/properties/dateIssued/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
}
else {
validate308.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate308.errors = vErrors;
return errors === 0;
}
