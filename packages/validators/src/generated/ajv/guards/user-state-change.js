import { int32 as formats14 } from "../../../formats.js";
import { dateTime as formats16 } from "../../../formats.js";

export { validate224 as guardUserStateChange };
const schema215 = {"type":"object","properties":{"state":{"$ref":"#/$defs/UserState"},"version":{"type":"integer","format":"int32"},"stateChangeReason":{"$ref":"#/$defs/UserStateChangeReason"},"stateChangeDate":{"type":"string","format":"date-time"}}};
const schema32 = {"type":"string","enum":["active","inactive","deleted"]};
const schema59 = {"type":"string","enum":["Voluntary","Seasonal","Leave","Performance","Conduct","Unknown"]};

function validate224(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.state !== undefined){
let data0 = data.state;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate224.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data0 === "active") || (data0 === "inactive")) || (data0 === "deleted"))){
validate224.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/enum",keyword:"enum",params:{allowedValues: schema32.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data1 = data.version;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate224.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats14.validate(data1))){
validate224.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stateChangeReason !== undefined){
let data2 = data.stateChangeReason;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate224.errors = [{instancePath:instancePath+"/stateChangeReason",schemaPath:"#/$defs/UserStateChangeReason/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data2 === "Voluntary") || (data2 === "Seasonal")) || (data2 === "Leave")) || (data2 === "Performance")) || (data2 === "Conduct")) || (data2 === "Unknown"))){
validate224.errors = [{instancePath:instancePath+"/stateChangeReason",schemaPath:"#/$defs/UserStateChangeReason/enum",keyword:"enum",params:{allowedValues: schema59.enum}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stateChangeDate !== undefined){
let data3 = data.stateChangeDate;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data3 === "string"){
if(!(formats16(data3))){
validate224.errors = [{instancePath:instancePath+"/stateChangeDate",schemaPath:"#/properties/stateChangeDate/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate224.errors = [{instancePath:instancePath+"/stateChangeDate",schemaPath:"#/properties/stateChangeDate/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate224.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate224.errors = vErrors;
return errors === 0;
}
