import { dateTime as formats16 } from "../../../formats.js";

export { validate235 as guardServerDate };
const schema185 = {"type":"object","properties":{"currentDate":{"type":"string","format":"date-time"}}};

function validate235(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.currentDate !== undefined){
let data0 = data.currentDate;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats16(data0))){
validate235.errors = [{instancePath:instancePath+"/currentDate",schemaPath:"#/properties/currentDate/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate235.errors = [{instancePath:instancePath+"/currentDate",schemaPath:"#/properties/currentDate/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
}
else {
validate235.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate235.errors = vErrors;
return errors === 0;
}
