export { validate324 as guardGroupContact$writable };
const schema162 = {"type":"object","required":["address","type","mediaType"],"properties":{"address":{"type":"string"},"extension":{"type":"string"},"display":false,"type":{"$ref":"#/$defs/GroupContactType"},"mediaType":{"$ref":"#/$defs/GroupContactMediaType"}}};
const schema50 = {"type":"string","enum":["GROUPRING","GROUPPHONE"]};
const schema51 = {"type":"string","enum":["PHONE"]};

function validate324(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.address === undefined) && (missing0 = "address")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.mediaType === undefined) && (missing0 = "mediaType"))){
validate324.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.address !== undefined){
const _errs1 = errors;
if(typeof data.address !== "string"){
validate324.errors = [{instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.extension !== undefined){
const _errs3 = errors;
if(typeof data.extension !== "string"){
validate324.errors = [{instancePath:instancePath+"/extension",schemaPath:"#/properties/extension/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.display !== undefined){
var valid0 = false;
validate324.errors = [{instancePath:instancePath+"/display",schemaPath:"#/properties/display/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data3 = data.type;
const _errs5 = errors;
if(typeof data3 !== "string"){
validate324.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/GroupContactType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data3 === "GROUPRING") || (data3 === "GROUPPHONE"))){
validate324.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/GroupContactType/enum",keyword:"enum",params:{allowedValues: schema50.enum}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mediaType !== undefined){
let data4 = data.mediaType;
const _errs8 = errors;
if(typeof data4 !== "string"){
validate324.errors = [{instancePath:instancePath+"/mediaType",schemaPath:"#/$defs/GroupContactMediaType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data4 === "PHONE")){
validate324.errors = [{instancePath:instancePath+"/mediaType",schemaPath:"#/$defs/GroupContactMediaType/enum",keyword:"enum",params:{allowedValues: schema51.enum}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate324.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate324.errors = vErrors;
return errors === 0;
}
