import { int32 as formats14 } from "../../../formats.js";

export { validate225 as guardUpdateUserStateChange };
const schema218 = {"type":"object","properties":{"state":{"$ref":"#/$defs/UserState"},"version":{"type":"integer","format":"int32"},"stateChangeReason":{"$ref":"#/$defs/UserStateChangeReason"},"stateChangeDate":false},"additionalProperties":false};
const schema32 = {"type":"string","enum":["active","inactive","deleted"]};
const schema59 = {"type":"string","enum":["Voluntary","Seasonal","Leave","Performance","Conduct","Unknown"]};

function validate225(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "state") || (key0 === "version")) || (key0 === "stateChangeReason")) || (key0 === "stateChangeDate"))){
validate225.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.state !== undefined){
let data0 = data.state;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate225.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data0 === "active") || (data0 === "inactive")) || (data0 === "deleted"))){
validate225.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/enum",keyword:"enum",params:{allowedValues: schema32.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data1 = data.version;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate225.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats14.validate(data1))){
validate225.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stateChangeReason !== undefined){
let data2 = data.stateChangeReason;
const _errs7 = errors;
if(typeof data2 !== "string"){
validate225.errors = [{instancePath:instancePath+"/stateChangeReason",schemaPath:"#/$defs/UserStateChangeReason/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data2 === "Voluntary") || (data2 === "Seasonal")) || (data2 === "Leave")) || (data2 === "Performance")) || (data2 === "Conduct")) || (data2 === "Unknown"))){
validate225.errors = [{instancePath:instancePath+"/stateChangeReason",schemaPath:"#/$defs/UserStateChangeReason/enum",keyword:"enum",params:{allowedValues: schema59.enum}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stateChangeDate !== undefined){
var valid0 = false;
validate225.errors = [{instancePath:instancePath+"/stateChangeDate",schemaPath:"#/properties/stateChangeDate/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate225.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate225.errors = vErrors;
return errors === 0;
}
