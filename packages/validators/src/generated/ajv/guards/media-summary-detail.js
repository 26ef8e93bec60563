import { int32 as formats14 } from "../../../formats.js";

export { validate269 as guardMediaSummaryDetail };
const schema88 = {"type":"object","properties":{"active":{"type":"integer","format":"int32"},"acw":{"type":"integer","format":"int32"}}};

function validate269(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.active !== undefined){
let data0 = data.active;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate269.errors = [{instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats14.validate(data0))){
validate269.errors = [{instancePath:instancePath+"/active",schemaPath:"#/properties/active/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.acw !== undefined){
let data1 = data.acw;
const _errs3 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate269.errors = [{instancePath:instancePath+"/acw",schemaPath:"#/properties/acw/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats14.validate(data1))){
validate269.errors = [{instancePath:instancePath+"/acw",schemaPath:"#/properties/acw/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate269.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate269.errors = vErrors;
return errors === 0;
}
